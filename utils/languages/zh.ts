/**
 * Simplified Chinese (zh-CN). No Chinese text of the API-account pages is published
 * (docs/control-panel-facts.md §13), and BigCommerce's only Chinese storefront file
 * (bigcommerce/cornerstone lang/zh.json, since removed) is Traditional Chinese: every entry here
 * is our own most likely UI translation. Spaced and unspaced forms ("API 令牌" / "API令牌")
 * compare equal after normalisation, so only one is listed.
 */
import type { LanguageTable } from './types';

export const zh: LanguageTable = {
  code: 'zh',
  name: 'Chinese (Simplified)',
  htmlLang: ['zh'],
  // Traditional-script tags are not this table.
  htmlLangExcept: ['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant'],
  conjunctions: ['和', '与', '及'],
  rows: {
    content: ['内容'],
    'checkout-content': ['结账内容', '结算内容'],
    customers: ['客户', '顾客'],
    'customers-login': ['客户登录', '顾客登录'],
    'information-settings': ['信息和设置'],
    marketing: ['营销', '市场营销'],
    orders: ['订单'],
    'order-transactions': ['订单交易'],
    'create-payments': ['创建付款', '创建支付'],
    'get-payment-methods': ['获取付款方式', '获取支付方式'],
    'stored-payment-instruments': ['已存储的付款工具', '已存储的支付工具', '存储的付款工具'],
    products: ['产品', '商品'],
    themes: ['主题'],
    carts: ['购物车'],
    checkouts: ['结账', '结算'],
    'sites-routes': ['站点和路由', '网站和路由'],
    'channel-settings': ['渠道设置'],
    'channel-listings': ['渠道商品列表', '渠道列表', '渠道刊登'],
    'storefront-api-tokens': ['店面 API 令牌', 'Storefront API 令牌'],
    'storefront-api-customer-impersonation-tokens': ['店面 API 客户模拟令牌', '店面 API 客户身份模拟令牌', 'Storefront API 客户模拟令牌'],
    'store-logs': ['商店日志', '店铺日志'],
    'store-locations': ['商店位置', '店铺位置', '门店位置'],
    'store-inventory': ['商店库存', '店铺库存'],
    'fulfillment-methods': ['履约方式', '履行方式'],
    'order-fulfillment': ['订单履约', '订单履行'],
    'metafield-ownership': ['元字段所有权'],
    'metafields-access': ['元字段访问', '元字段访问权限'],
    'store-translations': ['商店翻译', '店铺翻译'],
    'infrastructure-deployments': ['基础设施部署'],
    'infrastructure-projects': ['基础设施项目'],
    'infrastructure-logs': ['基础设施日志'],
    // The product's name, kept in English in BigCommerce's own pages (our assumption for the label).
    'b2b-edition': ['B2B Edition', 'B2B 版'],
  },
  levels: {
    none: ['无'],
    'read-only': ['只读'],
    modify: ['修改'],
    login: ['登录'],
    create: ['创建'],
    manage: ['管理'],
    standard: ['标准'],
    full: ['完全', '全部'],
    'create-preview': ['创建预览'],
  },
  ui: {
    tokenType: ['令牌类型'],
    tokenTypeV2V3: ['V2/V3 API 令牌'],
    tokenTypeStencil: ['Stencil-CLI 令牌'],
    name: ['名称'],
    apiPath: ['API 路径'],
    oauthScopes: ['OAuth 范围', 'OAuth 作用域'],
    save: ['保存'],
    stencilAccessLevel: ['Stencil-CLI 访问级别', '访问级别'],
    stencilLocalDevelopment: ['仅限本地开发', '仅本地开发'],
    stencilPublishTheme: ['发布主题'],
    credentialsTitle: ['BigCommerce API 凭据', 'API 凭据', 'API 凭证'],
    clientId: ['客户端 ID'],
    clientSecret: ['客户端密钥'],
    accessToken: ['访问令牌'],
    done: ['完成'],
    listHeading: ['商店级 API 账户', '商店级 API 帐户'],
    createApiAccount: ['创建 API 账户', '创建 API 帐户'],
    accountLevelHeading: ['账户级 API 账户', '帐户级 API 帐户'],
  },
  provenance: {
    verified: false,
    note: 'Own translation throughout; none read off a live control panel.',
    sources: {},
  },
};
